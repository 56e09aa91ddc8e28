// Package release names this build of KAM Planner: its version and its application id,
// written here only. The desktop app, the command line and packaging/dist.sh read them;
// FyneApp.toml repeats them for Fyne's tools, and a test keeps it in step.
package release

// Version is the program's version, x.y.z: what `kamplan version` prints and the release
// files carry (packaging/dist.sh reads this line).
const Version = "0.1.0"

// AppID identifies the application to the operating system: the folder of its preferences
// and the Windows manifest (packaging/dist.sh reads this line).
const AppID = "com.kamplanner.app"
