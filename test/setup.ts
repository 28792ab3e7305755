// Shared setup for unit tests. DOM matchers are only loaded where a test file opts into jsdom.
export {}
