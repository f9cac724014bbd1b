import { type Lang } from './i18n.js';
/**
 * The language before commander parses anything, so that help texts are already in it:
 * `--lang X` / `--lang=X` on the command line, else `zh-CN` when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with
 * `zh`, else English. Returns the raw value too, so that an unknown language can be reported as a usage error.
 */
export declare function resolveLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): {
    readonly lang: Lang;
    readonly invalid?: string;
};
//# sourceMappingURL=lang.d.ts.map