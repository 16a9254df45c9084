import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** (c) docker-java 3.7.1 with its zerodep transport (which itself uses the JDK's unix-domain channels). */
public class DockerJavaBench {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost("unix://" + BenchSupport.SOCKET).build();
        ZerodepDockerHttpClient http = new ZerodepDockerHttpClient.Builder().dockerHost(config.getDockerHost()).build();
        try (DockerClient docker = DockerClientImpl.getInstance(config, http)) {
            docker.pingCmd().exec();
            Info info = docker.infoCmd().exec();
            List<Container> containers = docker.listContainersCmd().withShowAll(true).exec();
            BenchSupport.report("docker-java", "first-calls", BenchSupport.msSince(start),
                    "api=" + config.getApiVersion() + " server=" + info.getServerVersion() + " containers=" + containers.size());
            if (args.length > 0 && args[0].equals("correctness")) {
                correctness(docker, args[1]);
            }
        }
    }

    private static void correctness(DockerClient docker, String image) throws Exception {
        long t = System.nanoTime();
        try (InputStream export = docker.saveImageCmd(image).exec()) {
            BenchSupport.report("docker-java", "export", BenchSupport.msSince(t), BenchSupport.checkTar(export));
        }
        String tag = UUID.randomUUID().toString();
        BlockingQueue<Event> events = new ArrayBlockingQueue<>(16);
        try (ResultCallback.Adapter<Event> feed = docker.eventsCmd()
                .withSince(String.valueOf(Instant.now().getEpochSecond()))
                .withLabelFilter(Map.of(BenchSupport.LABEL, tag))
                .exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Event event) {
                        events.offer(event);
                    }
                })) {
            feed.awaitStarted(10, TimeUnit.SECONDS);
            t = System.nanoTime();
            String id = docker.createContainerCmd(image).withCmd("true").withLabels(Map.of(BenchSupport.LABEL, tag))
                    .exec().getId();
            Event event = events.poll(30, TimeUnit.SECONDS);
            BenchSupport.report("docker-java", "event", BenchSupport.msSince(t),
                    event == null ? "action=NONE" : "action=" + event.getAction() + " same-id=" + id.equals(event.getActor().getId()));
            docker.removeContainerCmd(id).withForce(true).exec();
        }
    }
}
