import { guide } from '../guide/guide-state'
import { Modal } from '../workspace/Modal'
import { DiagramSection } from './DiagramSection'
import { TableSection } from './TableSection'
import './export.css'

/** The graph as SVG or PNG, and the routing table as Markdown or JSON, for docs and reviews. */
export default function ExportExtrasDialog() {
  const close = () => guide.setState({ exportOpen: false })
  return (
    <Modal title="Diagram and routing table" onClose={close} testId="diagram-dialog" actions={<button onClick={close}>Close</button>}>
      <div className="export-extras">
        <DiagramSection />
        <TableSection />
      </div>
    </Modal>
  )
}
