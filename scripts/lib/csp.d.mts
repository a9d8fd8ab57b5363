export declare const trustedTypesPolicyNames: string[];
export declare const strictContentSecurityPolicy: string;
export declare function isStrictCspPage(path: string): boolean;
