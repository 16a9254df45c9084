# syntax=docker/dockerfile:1
# check=skip=JSONArgsRecommended,StageNameCasing;error=true

FROM alpine AS Build
CMD echo not json
