package dev.claimgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.PortBindException;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.lifecycle.LifecycleException;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Runs Neo4j Community 5.26 embedded with a Bolt connector, for development, tests and CI.
 *
 * <p>stdout carries exactly one line on success ({@code NEO4J_READY bolt://HOST:PORT}) and
 * {@code NEO4J_STOPPED} after a clean shutdown. Everything else goes to stderr or to the logs
 * under the data directory. Exit codes: 0 after SIGTERM/SIGINT, 2 bad configuration, 3 port in
 * use, 4 data directory locked by another process, 1 any other start failure.
 */
public final class Neo4jLauncher {

    private static final String USER = "neo4j";

    private static final int EXIT_CONFIG = 2;
    private static final int EXIT_PORT_IN_USE = 3;
    private static final int EXIT_DATA_DIR_LOCKED = 4;
    private static final int EXIT_START_FAILED = 1;

    private static final PrintStream OUT = System.out;
    private static final PrintStream ERR = System.err;

    private static final CountDownLatch STOP_REQUESTED = new CountDownLatch(1);
    private static final Object STOP_LOCK = new Object();
    private static volatile DatabaseManagementService service;
    private static boolean stopped;

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        String host = env("NEO4J_LAUNCHER_HOST", "127.0.0.1");
        int port = parsePort(env("NEO4J_LAUNCHER_PORT", "7687"));
        Path dataDir = Path.of(env("NEO4J_LAUNCHER_DATA_DIR", ".neo4j-data")).toAbsolutePath().normalize();
        String password = System.getenv("NEO4J_LAUNCHER_PASSWORD");
        boolean auth = password != null && !password.isEmpty();
        // 512m page cache: the dev/test/CI graphs are small (well under 100 MB on disk), and this
        // JVM shares a 2-core / 24 GB machine with the GraphQL service, the test runner and
        // builds. 512m holds the whole store in memory with room to spare while leaving the
        // rest of RAM to the others; the Neo4j default (50% of free RAM) would claim ~11 GB of
        // off-heap memory for nothing. Raise it via NEO4J_LAUNCHER_PAGECACHE for big imports.
        long pageCache = parseSetting("NEO4J_LAUNCHER_PAGECACHE", "512m", SettingValueParsers.BYTES::parse);
        Duration txTimeout = parseSetting("NEO4J_LAUNCHER_TX_TIMEOUT", "30s", SettingValueParsers.DURATION::parse);

        // Neo4j itself only notices a taken port or a locked store after it has started (and
        // then stopped) its databases, 5-20 s later, buried in a LifecycleException. Probe both
        // up front so the common clashes fail in well under a second with a clear message.
        checkPortFree(host, port);
        checkDataDirNotLocked(dataDir);

        try {
            Files.createDirectories(dataDir);
            if (auth) {
                writeInitialPassword(dataDir, password);
            }
        } catch (IOException | RuntimeException e) {
            fail(EXIT_START_FAILED, "cannot prepare data directory " + dataDir + " (NEO4J_LAUNCHER_DATA_DIR): " + e);
        }

        // The data dir is used as NEO4J_HOME, so data/, logs/ etc. all stay inside it.
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                // Dev/test credentials: accept any non-empty password (default minimum is 8),
                // and don't lock the user for 5 s after 3 bad logins, which makes tests that
                // exercise wrong credentials flaky.
                .setConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
                // Netty's default 5 s quiet period runs twice during shutdown (10 s per stop).
                // Open Bolt connections are already closed by then, so skip it.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);

        installStopHandlers();
        long t0 = System.nanoTime();
        try {
            DatabaseManagementService dbms = builder.build();
            synchronized (STOP_LOCK) {
                service = dbms;
            }
        } catch (RuntimeException e) {
            reportStartFailure(e, dataDir, host, port);
        }

        GraphDatabaseAPI system = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        HostnamePort bound = system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bound == null) {
            // Lost a race for the port after our probe (or Bolt failed for another reason).
            stopQuietly();
            fail(EXIT_PORT_IN_USE, portInUseMessage(host, port) + " (Bolt connector did not bind; see "
                    + dataDir.resolve("logs/debug.log") + ")");
        }
        try {
            // claimgraph.embed for matchClaims (ClaimEmbedding); the model loads on first use.
            // claimgraph.shortestConnection for the connection query (ShortestConnection).
            GlobalProcedures procedures = system.getDependencyResolver().resolveDependency(GlobalProcedures.class);
            procedures.registerFunction(ClaimEmbedding.class);
            procedures.registerProcedure(ShortestConnection.class);
        } catch (ProcedureException | RuntimeException e) {
            stopQuietly();
            fail(EXIT_START_FAILED, "could not register claimgraph's procedures: " + e.getMessage());
        }
        if (auth) {
            try {
                // auth.ini has been consumed while the system database started; don't leave
                // the password hash lying around.
                Files.deleteIfExists(dataDir.resolve("data/dbms/auth.ini"));
                syncPassword(password);
            } catch (IOException | RuntimeException e) {
                stopQuietly();
                fail(EXIT_START_FAILED, "could not set the password of user '" + USER
                        + "' from NEO4J_LAUNCHER_PASSWORD: " + e.getMessage());
            }
        }

        if (STOP_REQUESTED.getCount() == 0) { // signalled while starting
            stop();
            System.exit(0);
        }
        OUT.println("NEO4J_READY bolt://" + host + ":" + bound.getPort());
        OUT.flush();
        ERR.printf("neo4j-launcher: started in %d ms (data dir %s, auth %s)%n",
                (System.nanoTime() - t0) / 1_000_000, dataDir, auth ? "enabled" : "disabled");

        try {
            STOP_REQUESTED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        System.exit(0);
    }

    /**
     * SIGTERM/SIGINT wake the main thread, which shuts Neo4j down and exits with 0. The shutdown
     * hook covers every other way the JVM goes down (System.exit, SIGHUP, or signal handling not
     * being available), in which case the exit code is the JVM's usual 128+signal.
     */
    private static void installStopHandlers() {
        Runtime.getRuntime().addShutdownHook(new Thread(Neo4jLauncher::stop, "neo4j-launcher-shutdown"));
        if ("true".equals(System.getenv("NEO4J_LAUNCHER_STOP_ON_STDIN_EOF"))) {
            // The parent holds our stdin open; when it dies, even by SIGKILL, the pipe closes and
            // we stop too, so no orphan keeps the port and the store lock.
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // the parent never writes; any bytes are ignored
                    }
                } catch (IOException ignored) {
                    // a broken pipe means the same as end of input
                }
                STOP_REQUESTED.countDown();
            }, "neo4j-launcher-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> STOP_REQUESTED.countDown());
            } catch (RuntimeException | LinkageError e) {
                ERR.println("neo4j-launcher: cannot handle SIG" + name + " directly, relying on the shutdown hook: " + e);
            }
        }
    }

    /** Idempotent: called from the main thread and from the shutdown hook. */
    private static void stop() {
        synchronized (STOP_LOCK) {
            if (stopped || service == null) {
                return;
            }
            stopped = true;
            try {
                service.shutdown();
            } catch (RuntimeException e) {
                ERR.println("neo4j-launcher: error during shutdown: " + e);
            }
            OUT.println("NEO4J_STOPPED");
            OUT.flush();
        }
    }

    private static void stopQuietly() {
        synchronized (STOP_LOCK) {
            stopped = true;
            try {
                if (service != null) {
                    service.shutdown();
                }
            } catch (RuntimeException ignored) {
                // already failing; the caller reports the real problem
            }
        }
    }

    /**
     * Writes data/dbms/auth.ini (what {@code neo4j-admin dbms set-initial-password} does). Neo4j
     * reads it while creating the system database, or on a later start while user neo4j still
     * has the factory password, so the password is in force before Bolt accepts connections.
     */
    private static void writeInitialPassword(Path dataDir, String password) throws IOException {
        Path authIni = dataDir.resolve("data/dbms/auth.ini");
        Files.createDirectories(authIni.getParent());
        Files.deleteIfExists(authIni);
        try (var fs = new DefaultFileSystemAbstraction()) {
            FileUserRepository repo = new FileUserRepository(
                    fs, authIni, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
            repo.start();
            SystemGraphCredential credential = SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher());
            repo.create(new User(USER, null, credential, false, false));
            repo.shutdown();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("writing " + authIni + ": " + e, e);
        }
    }

    /**
     * Covers a data dir whose neo4j user already had another password (auth.ini only replaces
     * the factory default). The stored credential is checked first through the core API, because
     * the first Cypher statement of a JVM costs ~2-3 s of query-compiler warm-up.
     */
    private static void syncPassword(String password) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (passwordAlreadySet(system, password)) {
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER " + USER + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            if (!String.valueOf(rootCause(e).getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    private static boolean passwordAlreadySet(GraphDatabaseService system, String password) {
        try (Transaction tx = system.beginTx()) {
            Node user = tx.findNode(Label.label("User"), "name", USER);
            if (user == null || Boolean.TRUE.equals(user.getProperty("passwordChangeRequired", Boolean.TRUE))) {
                return false;
            }
            return SystemGraphCredential.deserialize((String) user.getProperty("credentials"), new SecureHasher())
                    .matchesPassword(password.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            return false; // unknown layout: fall back to ALTER USER
        }
    }

    private static void checkPortFree(String host, int port) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (IOException e) {
            fail(EXIT_CONFIG, "cannot resolve NEO4J_LAUNCHER_HOST=" + host + ": " + e.getMessage());
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            fail(EXIT_PORT_IN_USE, portInUseMessage(host, port) + " (" + e.getMessage() + ")");
        }
    }

    /** Same lock Neo4j takes (fcntl via FileChannel.tryLock) on data/databases/store_lock. */
    private static void checkDataDirNotLocked(Path dataDir) {
        Path lockFile = dataDir.resolve("data/databases/store_lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        boolean locked = false;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            locked = lock == null;
        } catch (IOException | RuntimeException e) {
            return; // can't tell; Neo4j will report it
        }
        if (locked) {
            fail(EXIT_DATA_DIR_LOCKED, dataDirLockedMessage(dataDir) + " (" + lockFile + " is locked)");
        }
    }

    private static String dataDirLockedMessage(Path dataDir) {
        return "data directory " + dataDir + " is in use by another Neo4j process (another launcher with the same "
                + "NEO4J_LAUNCHER_DATA_DIR?). Stop it or set NEO4J_LAUNCHER_DATA_DIR to a different directory.";
    }

    private static String portInUseMessage(String host, int port) {
        return "Bolt port " + port + " on " + host + " is already in use (another Neo4j or launcher running?). "
                + "Stop it or choose another port with NEO4J_LAUNCHER_PORT.";
    }

    private static void reportStartFailure(RuntimeException e, Path dataDir, String host, int port) {
        // Only reached when something grabbed the port or the store between our probes and start.
        for (Throwable t = e; t != null; t = t.getCause()) {
            String cls = t.getClass().getName();
            if (cls.endsWith("FileLockException") || cls.endsWith("StoreLockException")) {
                fail(EXIT_DATA_DIR_LOCKED, dataDirLockedMessage(dataDir) + " (" + t.getMessage() + ")");
            }
            if (t instanceof PortBindException) {
                fail(EXIT_PORT_IN_USE, portInUseMessage(host, port) + " (" + t.getMessage() + ")");
            }
        }
        Throwable root = rootCause(e);
        String where = e instanceof LifecycleException ? " during Neo4j lifecycle start" : "";
        ERR.println("neo4j-launcher: Neo4j failed to start" + where + ": " + root);
        ERR.println("neo4j-launcher: details in " + dataDir.resolve("logs/debug.log"));
        e.printStackTrace(ERR);
        System.exit(EXIT_START_FAILED);
    }

    private static Throwable rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static int parsePort(String raw) {
        try {
            int port = Integer.parseInt(raw.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        fail(EXIT_CONFIG, "NEO4J_LAUNCHER_PORT must be a port number 1-65535, got '" + raw + "'");
        return -1;
    }

    private static <T> T parseSetting(String var, String def, java.util.function.Function<String, T> parser) {
        String raw = env(var, def);
        try {
            return parser.apply(raw.trim());
        } catch (RuntimeException e) {
            fail(EXIT_CONFIG, var + " has an invalid value '" + raw + "': " + e.getMessage());
            return null;
        }
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }

    private static void fail(int code, String message) {
        ERR.println("neo4j-launcher: ERROR: " + message);
        ERR.flush();
        System.exit(code);
    }
}
