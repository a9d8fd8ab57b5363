export function minifyLitCss(code: string): Promise<string | null>;
