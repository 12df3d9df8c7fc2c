/** The `pgpass` package (1.0.x), which ships no types: the password file's entry for a connection. */
declare module 'pgpass' {
  interface ConnectionInfo {
    host: string;
    port: string | number;
    database: string;
    user: string;
  }
  function pgpass(connection: ConnectionInfo, callback: (password: string | undefined) => void): void;
  export default pgpass;
}

/** The package's helpers: the password file's name, and a line read and matched as libpq reads it. */
declare module 'pgpass/lib/helper.js' {
  interface Entry {
    host: string;
    port: string;
    database: string;
    user: string;
    password: string;
  }
  const helper: {
    getFileName(env?: NodeJS.ProcessEnv): string;
    parseLine(line: string): Entry | null;
    isValidEntry(entry: Entry): boolean;
    match(connection: { host: string; port: string | number; database: string; user: string }, entry: Entry): boolean;
  };
  export default helper;
}
