/** A promise the test settles when it chooses: a store still being read, answered (or failed) once the test says so. */
export function later<T>(): {promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void} {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return {promise, resolve, reject};
}
