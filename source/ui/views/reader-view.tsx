/**
 * The article reader: title, date with its precision and basis, authorities and source; numbered paragraphs with
 * quotes highlighted and their speakers beside them; page furniture hidden (`f` shows the raw text); j/k move by
 * paragraph, PgUp/PgDn by page, n/N jump between quotes, y makes a citation; a find highlights words in the text
 * and steps from match to match (reader-find.ts).
 */
import {Box, Text} from 'ink';
import {otherPrintings} from '../../corpus/copies.js';
import {findArticle, quotesInArticle} from '../../corpus/lookups.js';
import type {Article, StoreData} from '../../corpus/schema.js';
import {safeLine} from '../../text/terminal-safety.js';
import {citationLines} from '../citation-lines.js';
import {SpanLineText} from '../components/span-line.js';
import {hint, pairKeys} from '../key-hints.js';
import type {KeyContext} from '../keymap.js';
import {scrollBy} from '../list-window.js';
import {memoLast} from '../memo.js';
import type {ReaderScreen} from '../state.js';
import {fit, truncate} from '../text-layout.js';
import {toneProps} from '../theme.js';
import {findInput, findTop} from './reader-find.js';
import {citation, paragraphAtLine, rawModel, readerHead, readerModel, readerTop, type ReaderModel} from './reader-model.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps, type WhileReading} from './view-types.js';

// Laid out with the find's matches (the same lines as without: only tones differ); every caller passes the same
// five arguments, so that the controller's and the view's look-ups share one layout.
const model = memoLast((data: StoreData, article: Article, width: number, query: string, current: number): ReaderModel =>
	readerModel(article, quotesInArticle(data, article.id), width, query ? {query, current} : null),
);
const raw = memoLast((article: Article, width: number) => rawModel(article, width));

/** The lines under the text: the position, or the citation to copy by hand (up to four lines). */
function statusLines(screen: ReaderScreen, width: number): string[] {
	return citationLines(screen.citation, width);
}

/** Rows for the text: the body less the head, the rule under it, and the status lines (at least one). */
function viewHeight(env: ViewEnv, data: StoreData, article: Article, screen: ReaderScreen): number {
	const {width, height} = env.layout.body;
	return Math.max(1, height - readerHead(article, width, otherPrintings(data, article.id)).length - 1 - Math.max(1, statusLines(screen, width).length));
}

/** Where keys go: the reader, its find box while it has the keyboard, and the find's keys while one is set. */
export function readerKeys(screen: ReaderScreen): KeyContext {
	return {view: 'reader', typing: screen.find?.typing ?? false, filtering: screen.find !== null};
}

/** The store the article is read from: while the store is read, the article's slice saved beside it. */
function dataOf(env: ViewEnv, screen: ReaderScreen): StoreData {
	return env.saved?.article(screen.articleId) ?? env.data;
}

/** While the store is read, the reader draws an article saved beside it; its raw text (`f`) waits for the store. */
export const readerWhileReading: WhileReading<ReaderScreen> = {
	draws: (screen, env) => !screen.raw && Boolean(env.saved?.article(screen.articleId)),
	takes: (_, input) => !isCommand(input, 'toggle-raw'),
};

export const readerController: Controller<ReaderScreen> = (screen, input, env) => {
	const data = dataOf(env, screen);
	const article = findArticle(data, screen.articleId);
	// Nothing to move in: every key is handled, as nothing.
	if (!article) return {};
	const {width} = env.layout.body;
	const h = viewHeight(env, data, article, {...screen, citation: null});
	const s: ReaderScreen = {...screen, citation: null};
	const found = findInput(s, input, (query) => model(data, article, width, query, -1), h);
	if (found) return found;
	const move = moveOf(input);
	if (screen.raw) {
		if (move) return {screen: {...s, rawTop: scrollBy(screen.rawTop, move, raw(article, width).lines.length, h)}};
	} else if (move) {
		const m = model(data, article, width, screen.find?.query ?? '', screen.find?.current ?? -1);
		const last = Math.max(1, article.paragraphs.length);
		const top = readerTop(m, screen.paragraph, screen.top, h);
		switch (move) {
			case 'down':
			case 'up': {
				const paragraph = Math.min(last, Math.max(1, screen.paragraph + (move === 'down' ? 1 : -1)));
				return {screen: {...s, paragraph, top: readerTop(m, paragraph, top, h)}};
			}
			case 'top':
				return {screen: {...s, paragraph: 1, top: 0}};
			case 'bottom':
				return {screen: {...s, paragraph: last, top: readerTop(m, last, m.lines.length, h)}};
			default: {
				const nextTop = scrollBy(top, move, m.lines.length, h);
				const paragraph = nextTop === top ? (move === 'page-down' ? last : 1) : paragraphAtLine(m, nextTop);
				return {screen: {...s, paragraph, top: readerTop(m, paragraph, nextTop, h)}};
			}
		}
	}
	if (isCommand(input, 'toggle-raw')) return {screen: {...s, raw: !screen.raw}};
	if (isCommand(input, 'next-quote') || isCommand(input, 'previous-quote')) {
		const m = model(data, article, width, screen.find?.query ?? '', screen.find?.current ?? -1);
		const forward = isCommand(input, 'next-quote');
		const target = forward ? m.quoteParagraphs.find((p) => p > screen.paragraph) : [...m.quoteParagraphs].reverse().find((p) => p < screen.paragraph);
		if (target === undefined) return {screen: s};
		return {screen: {...s, raw: false, paragraph: target, top: readerTop(m, target, readerTop(m, screen.paragraph, screen.top, h), h)}};
	}
	if (isCommand(input, 'copy-citation')) {
		const text = citation(article, screen.paragraph);
		return {copy: {text, then: (copied) => ({...s, citation: {text, copied}})}};
	}
	return undefined;
};

export function readerTitle(): string {
	return 'Reader';
}

export function ReaderView({screen, env}: ViewProps<ReaderScreen>) {
	const {theme} = env;
	const {width} = env.layout.body;
	const data = dataOf(env, screen);
	const article = findArticle(data, screen.articleId);
	if (!article) {
		return (
			<Box flexDirection="column">
				<Text bold>Article not found</Text>
				<Text>The store has no article {safeLine(screen.articleId)} (reloaded since?). {hint('back', 'goes back')}.</Text>
			</Box>
		);
	}
	const head = readerHead(article, width, otherPrintings(data, article.id));
	const h = viewHeight(env, data, article, screen);
	const status = statusLines(screen, width);
	const find = screen.find;
	const m = model(data, article, width, find?.query ?? '', find?.current ?? -1);
	const rawLines = screen.raw ? raw(article, width).lines : null;
	const lines = rawLines ?? m.lines;
	const top = rawLines ? Math.min(screen.rawTop, Math.max(0, rawLines.length - h)) : findTop(m, screen.paragraph, screen.top, h, find?.current ?? -1);
	const visible = lines.slice(top, top + h);
	const textWidth = width - m.gutterWidth - (m.sideWidth && !rawLines ? m.sideWidth + 1 : 0);
	const quotesHere = quotesInArticle(data, article.id).filter((q) => q.paragraph === screen.paragraph && !q.fragment).length;
	const position = rawLines
		? `raw text as read, furniture marked [kind] · lines ${top + 1}-${top + visible.length} of ${rawLines.length} · ${hint('toggle-raw', 'paragraphs')}`
		: `¶ ${screen.paragraph} of ${article.paragraphs.length}${quotesHere ? ` · ${quotesHere} quote${quotesHere === 1 ? '' : 's'} here` : ''} · ${m.quoteParagraphs.length} paragraphs with quotes`;
	return (
		<Box flexDirection="column" width={width}>
			{head.map((l, i) => (
				<Text key={`h${i}`} wrap="truncate" {...toneProps(l.tone, theme)}>
					{l.text}
				</Text>
			))}
			<Text dimColor>{'─'.repeat(width)}</Text>
			<Box flexDirection="column" height={h}>
				{visible.map((l) => {
					const selected = !rawLines && l.owner === screen.paragraph;
					return (
						<Box key={l.key} height={1}>
							<Text inverse={selected && l.gutter !== ''} bold={selected} dimColor={!selected}>
								{selected && l.gutter === '' ? fit('│', m.gutterWidth - 1, 'right') : fit(l.gutter, m.gutterWidth - 1, 'right')}
							</Text>
							<Text> </Text>
							<Box width={textWidth}>
								<SpanLineText line={l.spans} theme={theme} />
							</Box>
							{m.sideWidth && !rawLines ? (
								<Text {...toneProps('quote', theme)} wrap="truncate">
									{' '}
									{truncate(l.side, m.sideWidth)}
								</Text>
							) : null}
						</Box>
					);
				})}
			</Box>
			{find && !status.length ? (
				<FindLine find={find} matches={m.matches.length} width={width} />
			) : status.length ? (
				status.map((l, i) => (
					<Text key={`s${i}`} wrap="truncate" bold={i > 0}>
						{l}
					</Text>
				))
			) : (
				<Text dimColor wrap="truncate">
					{position}
				</Text>
			)}
		</Box>
	);
}

/** The find's line under the text: the box while typing, else the words found; the match and how many. */
function FindLine({find, matches, width}: {readonly find: NonNullable<ReaderScreen['find']>; readonly matches: number; readonly width: number}) {
	const count = find.query.trim() === '' ? '' : matches === 0 ? 'no match' : find.current >= 0 ? `match ${find.current + 1} of ${matches}` : `${matches} matches`;
	const keys = find.typing ? `${hint('find-keep', 'keeps', true)} · ${hint('find-leave', 'leaves', true)}` : `${pairKeys('find-next')} next/previous · ${hint('reader-find', 'edits')} · ${hint('find-leave', 'leaves')}`;
	return (
		<Text wrap="truncate">
			<Text bold>{find.typing ? '› find: ' : 'find: '}</Text>
			{truncate(safeLine(find.query), Math.max(4, Math.floor(width / 3)))}
			{find.typing ? <Text inverse> </Text> : null}
			<Text dimColor>
				{count ? ` · ${count}` : ''} · {keys}
			</Text>
		</Text>
	);
}
