/** The effective routing table (README "Routing table"). */
export { routingTable } from './build-routing-table'
export { formatRoutingTable, type TableFormat } from './format-routing-table'
