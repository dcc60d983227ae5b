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
