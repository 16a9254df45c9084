FROM debian
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN set -e; for pkg in curl git; do apt-get install -y "$pkg"; done
RUN if [ -f /etc/os-release ]; then . /etc/os-release; else echo none; fi
RUN case "$(uname -m)" in x86_64) A=amd64 ;; aarch64) A=arm64 ;; *) exit 1 ;; esac && echo $A
RUN curl -fsSL https://get.example.com | sh -s -- --yes
RUN f() { echo "in f"; }; f && (cd /tmp && ls) && { echo a; echo b; } > /dev/null
RUN [[ -n "${HOME:-}" ]] && echo "home is $HOME" || true
RUN echo `date` $(id -u) $((1+2)) ${PATH%%:*}
RUN chmod 777 /tmp/x && sudo chown root /x
