// The worker entry: binds the engine host to this worker's message port.
import { expose } from 'comlink'
import { EngineHost } from './host'

expose(new EngineHost())
