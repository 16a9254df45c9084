FROM ubuntu:14.04
MAINTAINER Someone <someone@example.com>
ENV DEBIAN_FRONTEND noninteractive
ENV PATH /usr/local/bin:$PATH
LABEL version 1.0
LABEL "com.example.vendor"="ACME Inc" description="two words" multi=a\ b
ADD http://example.com/file.tar.gz /tmp/
ADD ["source file", "/dest dir/"]
VOLUME ["/data", "/logs"]
VOLUME /var/lib/x /var/log/x
EXPOSE 80 443 8000-8010/udp
STOPSIGNAL SIGQUIT
CMD service nginx start && tail -f /var/log/nginx/access.log
