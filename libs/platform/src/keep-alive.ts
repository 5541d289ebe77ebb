import type { Server } from 'node:http';

/**
 * Idle keep-alive connections stay open longer than any client of ours keeps them (undici's
 * default is 4 s, Node's server default 5 s). With the server's 5 s, a client whose event loop
 * was busy past its own timer reuses a socket the server is closing that very moment and the
 * request fails with "other side closed". Clients close first now; the headers timeout must
 * exceed the keep-alive timeout (Node's rule).
 */
export function keepIdleConnectionsOpen(server: Server, keepAliveMs = 65_000): void {
  server.keepAliveTimeout = keepAliveMs;
  server.headersTimeout = keepAliveMs + 1_000;
}
