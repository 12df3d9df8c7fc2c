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
