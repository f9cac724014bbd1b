import { sortDiagnostics } from './diagnostic.js';
import { lintServiceModel } from './lint.js';
import { type ParseOptions, type ParseResult, parseServiceFile } from './parse.js';

/** Parses a service file and, when it parses, adds the method lint findings: what an editor or CI shows. */
export function validateServiceFile(source: string, options: ParseOptions = {}): ParseResult {
  const parsed = parseServiceFile(source, options);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    model: parsed.model,
    diagnostics: sortDiagnostics([...parsed.diagnostics, ...lintServiceModel(parsed.model)]),
  };
}
