/** The request tester. Simulation is not built yet, and the panel says so plainly. */
export function Tester() {
  return <p className="muted">Request simulation is not available in this version yet.</p>
}
