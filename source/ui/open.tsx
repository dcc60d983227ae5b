/** Opens the terminal UI. Placeholder until the UI lands: the plain dashboard. */
import {plainDashboard} from '../cli/commands/dashboard.js';
import type {Context} from '../cli/context.js';

export async function openUi(ctx: Context): Promise<number> {
	return plainDashboard(ctx);
}
