# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Invoke-WebRequest -Uri https://example.com/tool.zip -OutFile C:\tool.zip ; `
    Expand-Archive C:\tool.zip -DestinationPath C:\tool ; `
    Remove-Item C:\tool.zip
ENV PATH="C:\tool;C:\Windows\system32"
WORKDIR C:\app
COPY app\ C:\app\
USER ContainerUser
CMD ["C:\\app\\app.exe"]
