/** Starts a download of `href` as a link the user clicked would (`name`: the file name, or the server's). */
export function startDownload(href: string, name = ''): void {
  const link = document.createElement('a')
  link.href = href
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
}
