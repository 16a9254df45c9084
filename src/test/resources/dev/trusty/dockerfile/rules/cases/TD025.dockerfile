FROM debian:12
# expect: TD025
CMD node app.js
---
FROM debian:12
# expect: TD025
ENTRYPOINT /entrypoint.sh
---
FROM debian:12
# expect: TD025
ONBUILD CMD echo hi
---
FROM debian:12
CMD ["node", "app.js"]
---
FROM debian:12
ENTRYPOINT ["/entrypoint.sh"]
---
FROM debian:12
RUN echo hi
