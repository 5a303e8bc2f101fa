import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Neo4j Community 5.26 in one JVM, for people without Docker and for our tests: Bolt on 127.0.0.1 only,
 * HTTP off, authentication on. Started by scripts/neo4j/server.ts (which passes the JVM flags and the
 * classpath); run as a Java single-file program, so there is nothing to build.
 *
 * Settings come from the environment:
 *   NEWSGRAPH_NEO4J_HOME      the folder for data/ and logs/ (debug.log is the server log)
 *   NEWSGRAPH_NEO4J_PORT      the Bolt port
 *   NEWSGRAPH_NEO4J_PASSWORD  the password of the user neo4j
 *   NEWSGRAPH_NEO4J_PAGECACHE the page cache in MiB
 *
 * Authentication: an embedded DBMS has no first-run password step (neo4j-admin's set-initial-password
 * only writes a file the server reads once). The embedded API itself is not subject to authentication,
 * so the launcher sets the password through the system database before it says it is ready, and every
 * Bolt client must then log in with it: the driver's real auth path is what the tests use.
 *
 * It prints exactly one line on stdout, "newsgraph-neo4j ready bolt://127.0.0.1:<port>", once Bolt
 * accepts connections, and shuts the DBMS down cleanly on SIGTERM or SIGINT (the JVM runs the hook).
 */
public class NewsgraphNeo4j {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(required("NEWSGRAPH_NEO4J_HOME"));
    int port = Integer.parseInt(required("NEWSGRAPH_NEO4J_PORT"));
    String password = required("NEWSGRAPH_NEO4J_PASSWORD");
    long pageCacheMiB = Long.parseLong(System.getenv().getOrDefault("NEWSGRAPH_NEO4J_PAGECACHE", "512"));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024 * 1024)
        // Preallocating transaction logs fails harmlessly on some file systems and fills the log with warnings.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.err.println("newsgraph-neo4j stopped");
    }));

    setPassword(dbms, password);

    System.out.println("newsgraph-neo4j ready bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }

  /** The password from the environment wins over the one a data folder was created with. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // A data folder reused with the same password: Neo4j refuses to "change" a password to itself.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }

  private static String required(String name) {
    String value = System.getenv(name);
    if (value == null || value.isEmpty()) {
      System.err.println("newsgraph-neo4j: " + name + " must be set");
      System.exit(2);
    }
    return value;
  }
}
