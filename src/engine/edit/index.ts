export { applyEdit, applyEdits, diffRange, type ApplyEditOptions } from './apply-edit'
export { editValue, sameValue, type FieldIntent } from './edit-value'
