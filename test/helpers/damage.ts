/** Damage a cache file beside the store can take, for the tests that check it is then no answer. */

/** A byte flipped where `marker` is written (its checksum no longer holds), the file cut short, a byte added. */
export function damagedCopies(marker: string): Array<(bytes: Buffer) => Buffer> {
	return [
		(bytes) => {
			const at = bytes.indexOf(marker);
			bytes[at + 3] = bytes[at + 3]! ^ 0x20;
			return bytes;
		},
		(bytes) => bytes.subarray(0, bytes.length - 40),
		(bytes) => Buffer.concat([bytes, Buffer.from('\n')]),
	];
}
