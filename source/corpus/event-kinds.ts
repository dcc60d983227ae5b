/**
 * Questions every view asks of an event, answered in one place so that the dashboard, the timeline, the
 * comparison and the CLI agree.
 */
import type {CorpusEvent} from './schema.js';

/** A judgement of the council's children's services by Ofsted: the only kind the rating strip shows. */
export function isChildrensServicesJudgement(e: Pick<CorpusEvent, 'type' | 'service' | 'inspectorate'>): boolean {
	if (e.type !== 'inspection-judgement') return false;
	if (e.service !== undefined && e.service !== "children's services") return false;
	return e.inspectorate === undefined || /ofsted/i.test(e.inspectorate);
}

/** Happened (no status, or `happened`): planned, proposed and refused events are never a response. */
export function happened(e: Pick<CorpusEvent, 'status'>): boolean {
	return e.status === undefined || e.status === 'happened';
}

/** Short names of the services other than children's services, for an inspection's mark. */
const serviceLabels: Readonly<Record<string, string>> = {'youth justice': 'youth justice', send: 'SEND', school: 'school', other: 'other service'};

/**
 * What a line is besides its type, as a prefix in words (colour-free): `[planned] `, `[proposed] `,
 * `[refused] ` for what did not happen, `[youth justice] ` for an inspection of something other than children's
 * services.
 */
export function eventMarks(e: {status?: string; service?: string; type: string}): string {
	const status = e.status && e.status !== 'happened' ? `[${e.status}] ` : '';
	const service = e.type === 'inspection-judgement' && e.service && e.service !== "children's services" ? `[${serviceLabels[e.service] ?? e.service}] ` : '';
	return `${status}${service}`;
}

/** An event in a short list (the dashboard's latest events): its marks, its type and the rating it gave, in full. */
export function eventWhat(e: {status?: string; service?: string; type: string; rating?: string | null}): string {
	return `${eventMarks(e)}${e.type}${e.rating ? ` ${e.rating}` : ''}`;
}
