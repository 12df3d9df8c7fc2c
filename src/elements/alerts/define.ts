/** Registers <tsgs-alerts>. */
import { TsgsAlerts } from './alerts.ts';

TsgsAlerts.define('tsgs-alerts');

export { TsgsAlerts };
