export { applyEdit, applyEdits, diffRange, type ApplyEditOptions } from './apply-edit'
export { editValue, type FieldIntent } from './edit-value'
export { sameValue } from '../util/same-value'
