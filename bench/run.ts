/**
 * `npm run bench`: every benchmark, each printed as a table. Timings are ratios against a baseline
 * measured in the same run (this machine is shared and noisy); sizes are absolute.
 */
import { printTable } from './table'
import { printAnalyzeBench } from './analyze'
import { measureSizes } from './size'

const { rows } = measureSizes()
printTable('Load budget (KB, gzip -9)', ['what', 'KB gzip', 'budget', ''], rows)
printAnalyzeBench()
