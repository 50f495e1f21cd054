/** Types of start-mock.mjs (plain JavaScript, so that `npm start` runs it without compiling). */
/** Whether dist/ was built, whole, after the last change to what it is built from. */
export declare function isBuildFresh(root?: string): boolean;
