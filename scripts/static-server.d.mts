import type { Server } from 'node:http';
export declare const securityHeaders: Record<string, string>;
export declare function startStaticServer(dir: string, port: number, host?: string): Promise<Server>;
