/** Registers <tsgs-kiosk> (and the elements it shows). */
import { TsgsKiosk } from './kiosk.ts';

TsgsKiosk.define('tsgs-kiosk');

export { TsgsKiosk };
