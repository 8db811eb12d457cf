// Saves text as a file through the browser's download, with no server round trip.
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.click();
	// Revoke after the click has been handled, so the download can start.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
