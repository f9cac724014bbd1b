import { type Lang } from './i18n.js';
import { type InitAnswers } from './init-answers.js';
/**
 * The service file `frontstage init` writes: the answers laid out in the format of docs/service-file.md, with a
 * comment at each of the seven blueprinting steps so the author knows what to fill in next.
 */
export declare function initYaml(answers: InitAnswers, lang: Lang): string;
//# sourceMappingURL=init-yaml.d.ts.map