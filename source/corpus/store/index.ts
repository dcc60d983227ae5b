/** The store module: what the rest of scrutiny opens the store with. One job per file in this folder. */
export {openStore, type OpenOptions, type Store} from './open-store.js';
export {curatedPath} from './curated-path.js';
export type {CuratedData, Mark} from './curated-kind.js';
export type {OpenStoreOptions} from './document-file.js';
export {StoreError, type StoreErrorReason} from './errors.js';
export {describeFsError} from './fs-errors.js';
export {migrations, type Migration} from './migrations.js';
export {largeDocumentBytes, readChunkBytes} from './parse.js';
