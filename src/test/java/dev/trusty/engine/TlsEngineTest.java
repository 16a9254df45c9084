package dev.trusty.engine;

import dev.trusty.core.InputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * TCP + mutual TLS the way DOCKER_TLS_VERIFY sets it up: certificates made with the JDK's keytool, PEM files
 * as the docker CLI expects them, and a TLS front (server cert + required client cert) relaying to the real
 * engine's unix socket, so every request really reaches dockerd.
 */
@EngineTest
class TlsEngineTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    private static SSLServerSocket front;
    private static Path certs;

    @BeforeAll
    static void startTlsFront() throws Exception {
        EngineHost local = DockerEngine.connect(null).host();
        assumeThat(local).as("TLS relay needs the engine on a unix socket").isInstanceOf(EngineHost.Unix.class);

        keytool("-genkeypair", "-keystore", "ca.p12", "-alias", "ca", "-dname", "CN=trusty-test-ca", "-ext", "bc:c");
        keytool("-exportcert", "-keystore", "ca.p12", "-alias", "ca", "-rfc", "-file", "ca.pem");
        // Server and client chains in parallel: each keytool run is a JVM start.
        List.of("server", "client").stream()
                .map(who -> CompletableFuture.runAsync(() -> signedKeyPair(who)))
                .toList()
                .forEach(CompletableFuture::join);
        certs = Files.createDirectories(dir.resolve("docker-certs"));
        Files.copy(dir.resolve("ca.pem"), certs.resolve("ca.pem"));
        Files.copy(dir.resolve("client.pem"), certs.resolve("cert.pem"));
        Files.writeString(certs.resolve("key.pem"), pem("PRIVATE KEY", key("client").getEncoded()));

        front = tlsServer();
        Path engineSocket = ((EngineHost.Unix) local).socket();
        Thread acceptor = new Thread(() -> relay(front, engineSocket), "tls-front");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    static void stopTlsFront() throws IOException {
        if (front != null) {
            front.close();
        }
    }

    @Test
    void talksToTheEngineOverMutualTlsWithAPkcs8Key() {
        Engine engine = new DockerEngine(tlsHost(certs));

        assertThat(engine.ping().engineApiVersion()).isNotNull();
        assertThat(engine.info().path("ServerVersion").asText()).isNotEmpty();
        assertThat(engine.host().display()).isEqualTo("tcp+tls://localhost:" + front.getLocalPort());
    }

    @Test
    void readsAPkcs1RsaKeyToo() throws Exception {
        Path pkcs1Dir = copyCerts("pkcs1");
        byte[] pkcs8 = key("client").getEncoded();
        byte[] pkcs1 = pkcs1Inside(pkcs8);
        Files.writeString(pkcs1Dir.resolve("key.pem"), pem("RSA PRIVATE KEY", pkcs1));

        assertThat(PemTls.wrapPkcs1(pkcs1)).isEqualTo(pkcs8);
        assertThat(new DockerEngine(tlsHost(pkcs1Dir)).version().path("ApiVersion").asText()).isNotEmpty();
    }

    @Test
    void serverNotSignedByTheTrustedCaIsRefusedInOneLine() throws Exception {
        Path wrongCa = copyCerts("wrong-ca");
        Files.copy(dir.resolve("client.pem"), wrongCa.resolve("ca.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> new DockerEngine(tlsHost(wrongCa)).ping())
                .isExactlyInstanceOf(InputException.class)
                .hasMessageStartingWith("cannot reach the Docker engine at tcp+tls://localhost:" + front.getLocalPort() + " (")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingOrUnusableKeyFilesAreNamed() throws Exception {
        Path noKey = copyCerts("no-key");
        Files.delete(noKey.resolve("key.pem"));
        assertThatThrownBy(() -> new DockerEngine(tlsHost(noKey)))
                .isInstanceOf(InputException.class)
                .hasMessage(noKey.resolve("key.pem") + ": missing; DOCKER_TLS_VERIFY needs ca.pem, cert.pem and key.pem in DOCKER_CERT_PATH");

        Path ecKey = copyCerts("sec1");
        Files.writeString(ecKey.resolve("key.pem"), pem("EC PRIVATE KEY", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> new DockerEngine(tlsHost(ecKey)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("SEC1 EC keys are not supported; convert with 'openssl pkcs8 -topk8 -nocrypt");
    }

    // ---- fixtures ----

    private static EngineHost tlsHost(Path certDir) {
        return EngineHost.resolve("tcp://localhost:" + front.getLocalPort(),
                Map.of("DOCKER_TLS_VERIFY", "1", "DOCKER_CERT_PATH", certDir.toString()), dir.toString());
    }

    private static Path copyCerts(String name) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(name));
        for (String file : List.of("ca.pem", "cert.pem", "key.pem")) {
            Files.copy(certs.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    private static void signedKeyPair(String who) {
        try {
            keytool("-genkeypair", "-keystore", who + ".p12", "-alias", who,
                    "-dname", "CN=" + (who.equals("server") ? "localhost" : "trusty-test"));
            keytool("-certreq", "-keystore", who + ".p12", "-alias", who, "-file", who + ".csr");
            keytool("-gencert", "-keystore", "ca.p12", "-alias", "ca", "-infile", who + ".csr", "-outfile", who + ".pem",
                    "-rfc", "-ext", who.equals("server") ? "SAN=dns:localhost,ip:127.0.0.1" : "eku=clientAuth");
        } catch (Exception e) {
            throw new IllegalStateException("making the " + who + " certificate: " + e.getMessage(), e);
        }
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.add("-J-XX:TieredStopAtLevel=1"); // a short-lived tool: skip the optimising compiler
        command.addAll(Arrays.asList(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", new String(PASSWORD)));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keyalg", "RSA", "-keysize", "2048", "-validity", "2"));
        }
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("keytool %s: %s", args[0], out).isZero();
    }

    private static KeyStore store(String who) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve(who + ".p12"))) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static PrivateKey key(String who) throws Exception {
        return (PrivateKey) store(who).getKey(who, PASSWORD);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The RSAPrivateKey inside a PKCS#8 PrivateKeyInfo: its last field, an OCTET STRING. */
    private static byte[] pkcs1Inside(byte[] pkcs8) {
        int[] pos = {0};
        readHeader(pkcs8, pos, 0x30);                  // PrivateKeyInfo
        int versionLength = readHeader(pkcs8, pos, 0x02);
        pos[0] += versionLength;
        int algorithmLength = readHeader(pkcs8, pos, 0x30);
        pos[0] += algorithmLength;
        int len = readHeader(pkcs8, pos, 0x04);        // privateKey
        return Arrays.copyOfRange(pkcs8, pos[0], pos[0] + len);
    }

    private static int readHeader(byte[] der, int[] pos, int tag) {
        assertThat(der[pos[0]++] & 0xff).isEqualTo(tag);
        int first = der[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int len = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            len = (len << 8) | (der[pos[0]++] & 0xff);
        }
        return len;
    }

    private static SSLServerSocket tlsServer() throws Exception {
        KeyStore identity = KeyStore.getInstance("PKCS12");
        identity.load(null, null);
        List<Certificate> chain = new ArrayList<>(PemTls.certificates(dir.resolve("server.pem")));
        chain.addAll(PemTls.certificates(dir.resolve("ca.pem")));
        identity.setKeyEntry("server", key("server"), PASSWORD, chain.toArray(Certificate[]::new));
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", PemTls.certificates(dir.resolve("ca.pem")).iterator().next());

        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(identity, PASSWORD);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 16, InetAddress.getLoopbackAddress());
        server.setNeedClientAuth(true);
        return server;
    }

    /** Accepts TLS connections and pipes each one to the engine's unix socket, both ways. */
    private static void relay(SSLServerSocket server, Path engineSocket) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> {
                    try (client; SocketChannel engine = SocketChannel.open(UnixDomainSocketAddress.of(engineSocket))) {
                        Thread up = Thread.ofVirtual().start(() -> pump(client, Channels.newOutputStream(engine)));
                        pump(Channels.newInputStream(engine), client.getOutputStream());
                        up.join();
                    } catch (IOException | InterruptedException e) {
                        // a refused handshake or a closed peer ends this connection only
                    }
                });
            } catch (IOException e) {
                return; // server closed
            }
        }
    }

    private static void pump(Socket from, OutputStream to) {
        try {
            pump(from.getInputStream(), to);
        } catch (IOException e) {
            // peer gone
        }
    }

    private static void pump(InputStream from, OutputStream to) {
        try (from; to) {
            from.transferTo(to);
        } catch (IOException e) {
            // peer gone
        }
    }
}
