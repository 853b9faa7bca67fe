/** The CLI's version, from package.json (bundled into the built CLI). */
import pkg from '../../package.json';

export const CLI_VERSION: string = pkg.version;
