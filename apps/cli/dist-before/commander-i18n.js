import { t } from './i18n.js';
const TITLES = {
    'Usage:': '用法：',
    'Options:': '选项：',
    'Arguments:': '参数：',
    'Commands:': '命令：',
    'Global Options:': '全局选项：',
};
/** Commander's own error lines (parse errors), in Chinese; anything not listed stays as commander wrote it. */
const ERRORS = [
    [/^error: missing required argument '(.+)'/, '错误：缺少必需的参数 “$1”'],
    [/^error: unknown command '(.+?)'/, '错误：未知命令 “$1”'],
    [/^error: unknown option '(.+?)'/, '错误：未知选项 “$1”'],
    [/^error: option '(.+)' argument missing/, '错误：选项 “$1” 缺少取值'],
    [/^error: too many arguments.*/, '错误：参数过多'],
    [/\(Did you mean (.+)\?\)/, '（是不是想写 $1？）'],
];
/** Rewrites one commander error message into `lang`. */
export function translateCommanderError(message, lang) {
    if (lang === 'en')
        return message;
    let out = message;
    for (const [pattern, replacement] of ERRORS)
        out = out.replace(pattern, replacement);
    return out;
}
/**
 * Puts commander's built-in texts (section titles, the help option and command, parse errors) into `lang`.
 * Call it before adding subcommands: they inherit these settings.
 */
export function localizeCommander(program, lang) {
    return program
        .helpOption('-h, --help', t(lang, 'option.help'))
        .helpCommand('help [command]', t(lang, 'option.helpCommand'))
        .configureHelp({ styleTitle: (title) => (lang === 'en' ? title : (TITLES[title] ?? title)) });
}
//# sourceMappingURL=commander-i18n.js.map