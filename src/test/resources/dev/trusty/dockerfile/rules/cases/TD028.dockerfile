FROM ruby:3.3
# expect: TD028
RUN gem install bundler
---
FROM ruby:3.3
# expect: TD028
RUN gem install rails:7.1.3 rake
---
FROM ruby:3.3
# expect: TD028
ONBUILD RUN gem install bundler
---
FROM ruby:3.3
RUN gem install bundler:2.5.6
---
FROM ruby:3.3
RUN gem install bundler -v 2.5.6
---
FROM ruby:3.3
RUN gem install bundler --version 2.5.6
