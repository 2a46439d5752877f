/**
 * Workspace actions (switch, create, import, open a share link) load on first use, so they stay out
 * of the first paint; every one of them is async already, so callers see no difference.
 */
import type * as ImportModule from './import-actions'
import type * as ShareModule from './share-actions'
import type * as WorkspaceModule from './workspace-actions'

type WorkspaceActions = typeof WorkspaceModule
type ImportActions = typeof ImportModule
type ShareActions = typeof ShareModule

const workspace = (): Promise<WorkspaceActions> => import('./workspace-actions')
const imports = (): Promise<ImportActions> => import('./import-actions')
const share = (): Promise<ShareActions> => import('./share-actions')

export const switchWorkspace: WorkspaceActions['switchWorkspace'] = async (...a) => (await workspace()).switchWorkspace(...a)
export const newWorkspace: WorkspaceActions['newWorkspace'] = async (...a) => (await workspace()).newWorkspace(...a)
export const duplicateWorkspace: WorkspaceActions['duplicateWorkspace'] = async (...a) => (await workspace()).duplicateWorkspace(...a)
export const deleteWorkspace: WorkspaceActions['deleteWorkspace'] = async (...a) => (await workspace()).deleteWorkspace(...a)
export const importFiles: ImportActions['importFiles'] = async (...a) => (await imports()).importFiles(...a)
export const openShareHash: ShareActions['openShareHash'] = async (...a) => (await share()).openShareHash(...a)
