/**
 * `npm run bench`: every benchmark, each printed as a table. Timings are ratios against a baseline
 * measured in the same run (this machine is shared and noisy); sizes are absolute.
 */
import { printTable } from './table'
import { printAnalyzeBench } from './analyze'
import { measureSizes } from './size'
import { runSimulateBenchmarks } from './simulate'
import { measureWorkspace } from './workspace'

const { rows } = measureSizes()
printTable('Load budget (KB, gzip -9)', ['what', 'KB gzip', 'budget', ''], rows)
await import('./status').then((m) => m.benchStatus())
await import('./hints').then((m) => m.benchHints())
runSimulateBenchmarks()
printTable('Workspace text work on a 5 MB kubectl List (ratio to yaml.parseAllDocuments, same round)', ['what', 'median ms', 'ratio'], measureWorkspace())
printAnalyzeBench()
