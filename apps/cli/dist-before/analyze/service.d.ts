/**
 * Reads the touchpoints and the journey order of a service file for `analyze --service`. Uses the model's
 * `parseServiceFile` when it is available (full validation); otherwise reads the YAML directly for the two
 * things analysis needs: `touchpoints` (id, name) and the first journey's step order.
 */
import type { ServiceInfo } from './mapping.js';
/** Builds the matching info from a parsed model-like object. */
export declare function serviceInfoFrom(m: {
    touchpoints?: unknown;
    journeys?: unknown;
}): ServiceInfo;
export type ServiceLoad = {
    ok: true;
    info: ServiceInfo;
} | {
    ok: false;
    message: string;
};
/** Parses service-file text; errors name the file and the line. */
export declare function loadServiceInfo(text: string, file: string): Promise<ServiceLoad>;
//# sourceMappingURL=service.d.ts.map