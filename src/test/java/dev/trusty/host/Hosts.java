package dev.trusty.host;

import java.nio.file.Path;

/** Host trees for tests: a hardened Docker host and a careless one. */
public final class Hosts {
    private Hosts() {
    }

    static void users(HostTree t) {
        t.file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/sh\n"
                + "ci:x:1001:105::/home/ci:/bin/sh\ndockremap:x:998:998::/:/usr/sbin/nologin\n");
        t.file("/etc/group", "root:x:0:\ndocker:x:105:alice\nalice:x:1000:\ndockremap:x:998:\n");
    }

    static void programs(HostTree t) {
        for (String p : new String[] {"dockerd", "containerd", "containerd-shim-runc-v2", "runc"}) {
            t.file("/usr/bin/" + p, "#!/bin/true\n", 0755, 0, 0);
        }
    }

    public static HostTree hardened(Path root) {
        HostTree t = new HostTree(root);
        users(t);
        programs(t);
        t.process(4242, 0, "/usr/bin/dockerd", "-H", "fd://", "-H", "tcp://0.0.0.0:2376", "--tlsverify",
                "--tlscacert=/etc/docker/tls/ca.pem", "--tlscert=/etc/docker/tls/cert.pem", "--tlskey=/etc/docker/tls/key.pem");
        t.process(77, 0, "/usr/sbin/sshd", "-D");
        t.file("/var/run/docker.pid", "4242\n");
        t.dir("/etc/docker", 0755, 0, 0);
        t.file("/etc/docker/daemon.json", """
                {
                  "icc": false,
                  "live-restore": true,
                  "userland-proxy": false,
                  "no-new-privileges": true,
                  "userns-remap": "default",
                  "log-driver": "syslog",
                  "authorization-plugins": ["authz-broker"],
                  "default-ulimits": {"nofile": {"Name": "nofile", "Soft": 64000, "Hard": 64000}}
                }
                """, 0644, 0, 0);
        t.dir("/etc/docker/tls", 0755, 0, 0);
        t.file("/etc/docker/tls/ca.pem", "ca", 0444, 0, 0);
        t.file("/etc/docker/tls/cert.pem", "cert", 0444, 0, 0);
        t.file("/etc/docker/tls/key.pem", "key", 0400, 0, 0);
        t.file("/etc/docker/certs.d/registry.example:5000/ca.crt", "ca", 0444, 0, 0);
        t.file("/etc/docker/key.json", "{}", 0600, 0, 0);
        t.file("/lib/systemd/system/docker.service", "[Service]\nExecStart=/usr/bin/dockerd -H fd:// $DOCKER_OPTS\n", 0644, 0, 0);
        t.file("/lib/systemd/system/docker.socket", "[Socket]\nListenStream=/run/docker.sock\n", 0644, 0, 0);
        t.file("/etc/default/docker", "# nothing\n", 0644, 0, 0);
        t.socket("/var/run/docker.sock", 0660, 0, 105);
        t.socket("/run/containerd/containerd.sock", 0660, 0, 0);
        t.dir("/var/lib/docker", 0710, 0, 0);
        t.file("/etc/subuid", "dockremap:100000:65536\n");
        t.file("/etc/subgid", "dockremap:100000:65536\n");
        t.file("/proc/mounts", "/dev/vda / ext4 rw 0 0\n/dev/vdb /var/lib/docker ext4 rw 0 0\n");
        t.file("/sys/module/apparmor/parameters/enabled", "Y\n");
        StringBuilder rules = new StringBuilder("## docker\n");
        for (String p : new String[] {"/usr/bin/dockerd", "/run/containerd", "/var/lib/docker", "/etc/docker",
                "/lib/systemd/system/docker.service", "/run/containerd/containerd.sock", "/lib/systemd/system/docker.socket",
                "/etc/default/docker", "/etc/docker/daemon.json", "/usr/bin/containerd", "/usr/bin/containerd-shim-runc-v2",
                "/usr/bin/runc"}) {
            rules.append("-w ").append(p).append(" -p rwxa -k docker\n");
        }
        t.file("/etc/audit/rules.d/docker.rules", rules.toString(), 0640, 0, 0);
        return t;
    }

    /** Everything a careless setup gets wrong; owner 1000 needs root to set. */
    public static HostTree weak(Path root) {
        HostTree t = new HostTree(root);
        users(t);
        programs(t);
        t.process(900, 0, "dockerd", "-H", "tcp://0.0.0.0:2375", "-H", "unix:///var/run/docker.sock", "-D",
                "--insecure-registry", "10.0.0.5:5000", "--iptables=false", "--experimental", "--icc=true");
        t.dir("/etc/docker", 0777, 1000, 1000);
        t.file("/etc/docker/daemon.json", "{\n  \"storage-driver\": \"aufs\",\n  \"cgroup-parent\": \"/foo\",\n"
                + "  \"storage-opts\": [\"dm.basesize=20G\"],\n  \"seccomp-profile\": \"unconfined\"\n}\n", 0666, 1000, 1000);
        t.file("/etc/docker/certs.d/reg:5000/client.crt", "c", 0644, 1000, 0);
        t.file("/etc/docker/key.json", "{}", 0644, 0, 0);
        t.file("/lib/systemd/system/docker.service", "[Service]\nExecStart=/usr/bin/dockerd\n", 0664, 1000, 0);
        t.socket("/var/run/docker.sock", 0666, 0, 0);
        t.file("/proc/mounts", "/dev/vda / ext4 rw 0 0\n");
        return t;
    }
}
