// The server layer's public face: the in-process handler and the node:http server around it.
export { createHandler, type Handler, type HandlerOptions, type Request } from './handler.js';
export { close, createServer, listen } from './http.js';
export type { Reply } from './reply.js';
