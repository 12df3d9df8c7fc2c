/** Registers <tsgs-hot-issues>. */
import { TsgsHotIssues } from './hot-issues.ts';

TsgsHotIssues.define('tsgs-hot-issues');

export { TsgsHotIssues };
