import type { Server, ServerResponse } from 'node:http';
export declare const securityHeaders: Record<string, string>;
export declare function startStaticServer(dir: string, port: number, host?: string): Promise<Server>;
export declare function fileIn(root: string, urlPath: string): string | undefined;
export declare function sendNotFound(res: ServerResponse, headers?: Record<string, string>): void;
