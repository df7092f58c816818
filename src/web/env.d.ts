// Vite's client types: `?url` imports and import.meta.env in the web app.
/// <reference types="vite/client" />
