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
---
# config: label-schema=x:spdx
FROM debian:12
# expect: TD054
LABEL x="MIT License"
---
# config: label-schema=x:spdx
FROM debian:12
# expect: TD054
LABEL x="MIT AND"
---
# config: label-schema=x:spdx
FROM debian:12
# expect: TD054
ONBUILD LABEL x="not-spdx"
---
# config: label-schema=x:spdx
FROM debian:12
LABEL x="GPL-2.0+ OR (MIT AND BSD-3-Clause)"
---
# config: label-schema=x:spdx
FROM debian:12
LABEL x="Apache-2.0 WITH LLVM-exception" y="LicenseRef-acme"
