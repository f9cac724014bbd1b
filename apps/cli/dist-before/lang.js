import { isLang } from './i18n.js';
/**
 * The language before commander parses anything, so that help texts are already in it:
 * `--lang X` / `--lang=X` on the command line, else `zh-CN` when `LC_ALL`, `LC_MESSAGES` or `LANG` starts with
 * `zh`, else English. Returns the raw value too, so that an unknown language can be reported as a usage error.
 */
export function resolveLang(argv, env) {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--')
            break;
        let value;
        if (arg === '--lang')
            value = argv[i + 1];
        else if (arg.startsWith('--lang='))
            value = arg.slice('--lang='.length);
        else
            continue;
        if (value === undefined)
            return { lang: fromEnv(env) };
        const normal = normalise(value);
        return normal ? { lang: normal } : { lang: fromEnv(env), invalid: value };
    }
    return { lang: fromEnv(env) };
}
function normalise(value) {
    if (isLang(value))
        return value;
    const lower = value.toLowerCase().replace('_', '-');
    if (lower === 'zh' || lower === 'zh-cn' || lower === 'zh-hans')
        return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-'))
        return 'en';
    return undefined;
}
function fromEnv(env) {
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
//# sourceMappingURL=lang.js.map