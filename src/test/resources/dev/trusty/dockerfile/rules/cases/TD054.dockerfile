# config: label-schema=x:spdx
FROM debian:12
# expect: TD054
LABEL x="Apache 2"
---
# config: label-schema=x:spdx
FROM debian:12
# expect: TD054
LABEL x="MIT/BSD"
---
# config: label-schema=x:spdx
FROM debian:12
# expect: TD054
LABEL x="(unknown"
---
# config: label-schema=x:spdx
FROM debian:12
LABEL x="Apache-2.0"
---
# config: label-schema=x:spdx
FROM debian:12
LABEL x="MIT"
---
# config: label-schema=x:spdx
FROM debian:12
LABEL x="GPL-2.0-only OR MIT"
