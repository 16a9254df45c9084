from scratch
maintainer me
stopsignal 9
copy --chown=0:0 a /a
entrypoint ["/a"]
